namespace RobotPlan.CatalogApplications;

/// <summary>Who performs a transition, as R-62 records it; a job acts with a null user id.</summary>
public sealed record CatalogActor(Guid? UserId, string Name, string Role, Guid? JurisdictionId);
