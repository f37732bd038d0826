/**
 * Research and control (DOMAIN.md "Access to a dossier"; issue 13 §5): the FG's selections of dossiers for an external
 * party (researcher, accountant, inspectorate, ombudsman; their accounts are staff's, the selections the one policy reads
 * are the dossier module's), the persons who object to research use of their data (a granted objection, recorded by
 * the rights module), and the pseudonymised research export of a researcher's selection.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Research and control")
@nl.vangnet.platform.OwnsTables({"research_objection"})
package nl.vangnet.research;
