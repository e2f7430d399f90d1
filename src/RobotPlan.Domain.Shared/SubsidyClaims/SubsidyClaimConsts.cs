namespace RobotPlan.SubsidyClaims;

public static class SubsidyClaimConsts
{
    public const int MaxReasonLength = 1000;
    public const int MaxCommentLength = Reviews.StatusHistoryConsts.MaxCommentLength;
    public const int MaxSerialNumberLength = 64;
    public const int MaxContractNumberLength = 64;
    public const int MaxFileNameLength = 255;
    /// <summary>R-15's default applied to claims: the programme parameters have no notice length of their own.</summary>
    public const int NoticeWorkingDays = 5;
    /// <summary>Working days a reviewer has for a claim in its step (task-list deadline).</summary>
    public const int ReviewWorkingDays = 10;
}
