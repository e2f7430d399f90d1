namespace RobotPlan.Localization;

/// <summary>Marker type for the RobotPlan text resource (ABP's resource-type convention): IStringLocalizer&lt;RobotPlanResource&gt;.</summary>
public sealed class RobotPlanResource;
