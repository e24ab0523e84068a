package com.deadlinecost.emulator.studio;

/** An IAM Identity Center user as the identity store's DescribeUser returns it. */
public record StudioUser(String userId, String userName, String givenName, String familyName, String email) {

    public String displayName() {
        return givenName + " " + familyName;
    }
}
