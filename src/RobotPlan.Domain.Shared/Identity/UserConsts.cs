namespace RobotPlan.Identity;

public static class UserConsts
{
    public const int MaxUserNameLength = 64;
    public const int MinUserNameLength = 3;
    /// <summary>The same characters registration allows (Identity's AllowedUserNameCharacters is wider).</summary>
    public const string UserNamePattern = "^[A-Za-z0-9_.@-]+$";
    public const int MaxDisplayNameLength = 64;
    /// <summary>S-C: the Identity password policy's RequiredLength; every DTO's minimum is this one (issue #14).</summary>
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 128;
    public const int MaxEmailLength = 128;
}
