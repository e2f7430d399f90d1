namespace RobotPlan.SubsidyPrograms;

/// <summary>The two subsidies of the work plan.</summary>
public enum SubsidyKind
{
    /// <summary>首台（套）保险补偿 — the government's share of a first-unit insurance premium (R-30…R-33).</summary>
    InsuranceCompensation = 1,
    /// <summary>首购首用奖励 — a reward to the first buyer/user of a listed first-unit product .</summary>
    FirstPurchaseReward = 2,
}
