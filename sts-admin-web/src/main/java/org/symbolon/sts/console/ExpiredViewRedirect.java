package org.symbolon.sts.console;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form posted after its view was dropped from the session (a sign-in page left open past the
 * session timeout) reloads its page instead of ending on an error page; the sign-in page then says why.
 */
public class ExpiredViewRedirect extends ExceptionHandlerWrapper {

    ExpiredViewRedirect(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            ExceptionQueuedEvent event = events.next();
            Throwable cause = event.getContext().getException();
            while (cause instanceof FacesException && !(cause instanceof ViewExpiredException)
                    && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof ViewExpiredException expired) {
                events.remove();
                reload(event.getContext().getContext(), expired.getViewId());
            }
        }
        getWrapped().handle();
    }

    /**
     * Known pages reload themselves, a partner's page (whose id was in its address, not in the view id)
     * the partner list; anything else (the view id comes from the URL) goes to sign-in.
     */
    static String reloadPath(String viewId) {
        if (ConsoleAccessPolicy.CLIENTS_PAGE.equals(viewId) || ConsoleAccessPolicy.PARTNERS_PAGE.equals(viewId)) {
            return viewId;
        }
        if (ConsoleAccessPolicy.PARTNER_PAGE.equals(viewId)) {
            return ConsoleAccessPolicy.PARTNERS_PAGE;
        }
        return ConsoleAccessPolicy.SIGN_IN_PAGE + "?expired=true";
    }

    private static void reload(FacesContext faces, String viewId) {
        if (faces.getResponseComplete()) {
            return;
        }
        String target = faces.getExternalContext().getRequestContextPath() + reloadPath(viewId);
        try {
            faces.getExternalContext().redirect(target);
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
