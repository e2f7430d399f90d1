using System.Text;

namespace RobotPlan.Web.Hosting;

/// <summary>
/// Field keys of <c>errors</c> as the camelCase JSON path the client sent, for body and query alike (ADR 0008):
/// MVC reports "$.premium" for a body it could not read, "PremiumPaid" for a query property and "Items[2].Amount" for a
/// bound model; all become "premium", "premiumPaid", "items[2].amount".
/// </summary>
public static class ProblemFields
{
    public static string JsonPath(string key)
    {
        if (key.StartsWith("$.", StringComparison.Ordinal)) key = key[2..];
        else if (key == "$") return key;
        var path = new StringBuilder(key.Length);
        var segmentStart = true;
        foreach (var c in key)
        {
            path.Append(segmentStart && char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : c);
            segmentStart = c is '.' or ']' or '[';
        }
        return path.ToString();
    }
}
