namespace RobotPlan.SubsidyPrograms;

public static class SubsidyProgramConsts
{
    public const int MaxTitleLength = 128;
    /// <summary>Rates are stored in parts per million: 0.000001 is the finest rate a programme can set.</summary>
    public const int RateDecimals = 6;
}
