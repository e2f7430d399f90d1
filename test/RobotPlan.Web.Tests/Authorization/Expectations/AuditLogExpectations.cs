namespace RobotPlan.Web.Tests.Authorization.Expectations;

internal sealed class AuditLogExpectations : IEndpointExpectations
{
    public IEnumerable<EndpointCase> Cases =>
    [
        EndpointCase.Get("api/app/audit-logs", _ => "/api/app/audit-logs?maxResultCount=5", "anon=401 admin=200 *=403"),
    ];
}
