package org.symbolon.sts.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Optional;
import org.symbolon.sts.authn.AdminAccountService;

/** The sign-in form. One message for every failure, so the page never tells which usernames exist. */
@Named("signIn")
@RequestScoped
public class SignInBean {

    static final String FAILED = "Invalid username or password.";

    @Inject
    AdminAccountService accounts;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    private String username;
    private String password;

    public String signIn() {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        password = null;
        Optional<String> admin;
        try {
            admin = accounts.authenticate(username, secret);
        } finally {
            Arrays.fill(secret, '\0');
        }
        if (admin.isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, FAILED, null));
            return null;
        }
        ConsoleSession.signIn((HttpServletRequest) external.getRequest(), admin.get());
        return ConsoleAccessPolicy.CLIENTS_PAGE + "?faces-redirect=true";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
