package com.deadlinecost.emulator.studio;

/**
 * A farm member: {@code principalType} USER or GROUP, {@code membershipLevel} VIEWER, CONTRIBUTOR, MANAGER or OWNER.
 */
public record StudioMember(String farmId, String principalId, String principalType, String membershipLevel) {
}
