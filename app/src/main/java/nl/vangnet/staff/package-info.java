/**
 * Staff: users, teams and roles; login with password and a second factor (TOTP); sessions; personal and
 * service-account API tokens; the first administrator's setup; and beheer (user administration).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff and authentication")
@nl.vangnet.platform.OwnsTables(value = {"staff_user", "staff_user_role", "staff_user_team", "team", "api_token", "login_throttle", "setup_token",
        "external_account"},
        published = {"staff_name", "team_name", "team_membership", "external_account_window"})
package nl.vangnet.staff;
