using Microsoft.AspNetCore.Http.Extensions;

namespace RobotPlan.Web.Pages;

/// <summary>Previous/next links for a list page; keeps the page's other query values (filters).</summary>
public sealed record Pager(int TotalCount, int PageNumber, int PageSize, HttpRequest Request)
{
    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public string Url(int page)
    {
        var query = Request.Query.Where(q => q.Key != "pageNumber").SelectMany(q => q.Value.Select(v => (q.Key, v)));
        var builder = new QueryBuilder(query.Select(q => new KeyValuePair<string, string>(q.Key, q.v ?? "")));
        builder.Add("pageNumber", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Request.Path + builder.ToQueryString().ToString();
    }
}
