/**
 * Information requests to professionals (Wmo 2015 art. 5.2.6): a worker on the case asks a GP, teacher or
 * neighbourhood police officer for information about named persons of the dossier; the request is registered as a
 * disclosure; the professional answers through a one-time page without an account (a link by e-mail and a code by
 * phone), writes or checks the text, marks passages that must not be shown to the involved persons, and approves it.
 * An approved text is fixed; a change is a new version approved again. Open requests are in the work list.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Information requests")
@nl.vangnet.platform.OwnsTables({"information_request", "information_request_person", "information_request_version",
        "information_request_passage"})
package nl.vangnet.inforequest;
