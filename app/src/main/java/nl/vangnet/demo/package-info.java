/**
 * The demo profile: fixed, published logins and a handful of fictitious dossiers, only on a database that holds
 * nothing else.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
@nl.vangnet.platform.OwnsTables({})
package nl.vangnet.demo;
