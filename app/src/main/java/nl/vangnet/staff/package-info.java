/**
 * Staff: users, teams and roles; login with password and a second factor (TOTP); sessions; personal and
 * service-account API tokens; the first administrator's setup; and beheer (user administration).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff and authentication")
package nl.vangnet.staff;
