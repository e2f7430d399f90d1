namespace RobotPlan.PublicNotices;

public static class PublicNoticeConsts
{
    public const int MaxNameLength = 64;
    public const int MaxOrganisationLength = 128;
    public const int MaxPhoneLength = 32;
    public const int MaxReasonLength = 2000;
    public const int MinReasonLength = 5;
    public const int MaxResolutionLength = 1000;
}
