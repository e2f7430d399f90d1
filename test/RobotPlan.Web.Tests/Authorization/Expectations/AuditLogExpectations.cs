namespace RobotPlan.Web.Tests.Authorization.Expectations;

/// <summary>三员分立: the audit log is the audit administrator's alone, not the system administrator's.</summary>
internal sealed class AuditLogExpectations : IEndpointExpectations
{
    public IEnumerable<EndpointCase> Cases =>
    [
        EndpointCase.Get("api/app/audit-logs", _ => "/api/app/audit-logs?maxResultCount=5", "anon=401 aud=200 *=403"),
    ];
}
