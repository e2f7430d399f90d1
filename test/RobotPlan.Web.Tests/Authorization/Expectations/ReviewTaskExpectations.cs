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
    ];
}
