package org.paperkg.remote;

/** A remote store that did not answer, or refused what was sent: said with its address and its answer. */
public final class RemoteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RemoteException(String message, Throwable cause) {
        super(message, cause);
    }
}
