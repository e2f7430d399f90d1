using System.Net.Http.Json;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Authorization;

/// <summary>What a case needs to build its request: the seeded ids, signed-in clients, a unique suffix.</summary>
public sealed class MatrixContext(RobotPlanWebFactory factory)
{
    private int _counter;

    public RobotPlanWebFactory Factory => factory;
    public RobotPlanTestData Data => factory.Data;

    /// <summary>A value unique within the run (for user names, models, report numbers ...).</summary>
    public string Unique(string prefix) => $"{prefix}{Interlocked.Increment(ref _counter):D4}";

    public Task<HttpClient> ClientAsync(Actor actor) => factory.ClientForAsync(actor.UserName());

    public static HttpContent Json(object value) => JsonContent.Create(value);
}
