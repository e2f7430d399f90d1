using Microsoft.AspNetCore.Razor.TagHelpers;

namespace RobotPlan.Web.Pages;

/// <summary>
/// An empty validation summary carries a placeholder <c>&lt;li style="display:none"&gt;</c> for jQuery's unobtrusive
/// validation, which this site does not load; the strict CSP refuses that inline style and the browser logs an error on
/// every form page (issue #16). Runs after ASP.NET Core's summary tag helper (Order -1000) and drops the placeholder.
/// </summary>
[HtmlTargetElement("div", Attributes = "asp-validation-summary")]
public sealed class ValidationSummaryPlaceholderTagHelper : TagHelper
{
    private const string Placeholder = "<li style=\"display:none\"></li>";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var content = output.PostContent.GetContent();
        if (content.Contains(Placeholder, StringComparison.Ordinal))
            output.PostContent.SetHtmlContent(content.Replace(Placeholder, "", StringComparison.Ordinal));
    }
}
