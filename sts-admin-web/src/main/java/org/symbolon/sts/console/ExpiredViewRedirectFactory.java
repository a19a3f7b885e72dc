package org.symbolon.sts.console;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link ExpiredViewRedirect}; registered in faces-config.xml. */
public class ExpiredViewRedirectFactory extends ExceptionHandlerFactory {

    public ExpiredViewRedirectFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExpiredViewRedirect(getWrapped().getExceptionHandler());
    }
}
