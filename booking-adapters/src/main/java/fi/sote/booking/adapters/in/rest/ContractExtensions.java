package fi.sote.booking.adapters.in.rest;

import org.eclipse.microprofile.openapi.models.Operation;

/** The contract's extensions that resource methods carry as annotations. */
public final class ContractExtensions {

    private ContractExtensions() {}

    /**
     * Takes the extension off the operation's responses object and off each response, where an annotation on a method
     * lands besides the operation itself.
     */
    public static void offResponses(Operation operation, String extension) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().removeExtension(extension);
        if (operation.getResponses().getAPIResponses() != null) {
            operation
                    .getResponses()
                    .getAPIResponses()
                    .values()
                    .forEach(response -> response.removeExtension(extension));
        }
    }
}
