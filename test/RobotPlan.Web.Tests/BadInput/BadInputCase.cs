using System.Text;

namespace RobotPlan.Web.Tests.BadInput;

/// <summary>A malformed request and the field its 400 must name ("$" for a body that is not JSON at all).</summary>
public sealed record BadInputCase(string Name, string Method, string Url, string? User, string RawBody, string Field)
{
    public HttpContent Content => new StringContent(RawBody, Encoding.UTF8, "application/json");

    public override string ToString() => Name;
}
