namespace RobotPlan.Web.Tests.Authorization.Expectations;

/// <summary>
/// 待办 (issue #19): the reviewers' and finance's one inbox. Another district's files are not 404 here but absent from the
/// list (ReviewInbox_Tests and ReviewTaskApi_Tests check the rows).
/// </summary>
internal sealed class ReviewTaskExpectations : IEndpointExpectations
{
    private const string Reviewers = "anon=401 dA=200 dO=200 mun=200 fin=200 *=403";

    public IEnumerable<EndpointCase> Cases =>
    [
        EndpointCase.Get("api/app/tasks", _ => "/api/app/tasks?kind=CatalogFile&sort=Enterprise", Reviewers),
        EndpointCase.Get("api/app/tasks/export", _ => "/api/app/tasks/export?urgency=Overdue", Reviewers),
        // A file nobody has: 200 with that file refused (as missing), so the matrix changes no state.
        EndpointCase.Send("POST", "api/app/tasks/approve", _ => "/api/app/tasks/approve", Reviewers, (_, _) => MatrixContext.Json(new
        {
            items = new[] { new { kind = "CatalogFile", fileId = Guid.CreateVersion7(), step = "District" } }, comment = "矩阵",
        })),
    ];
}
