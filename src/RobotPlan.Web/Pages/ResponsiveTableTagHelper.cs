using Microsoft.AspNetCore.Razor.TagHelpers;

namespace RobotPlan.Web.Pages;

/// <summary>
/// Issue #16: on a phone a wide table scrolls inside its own container instead of pushing the whole page sideways.
/// Every Bootstrap <c>table</c> on every page gets Bootstrap's <c>.table-responsive</c> wrapper here, once, rather
/// than in each of the ~50 tables (and each one a page adds later).
/// </summary>
[HtmlTargetElement("table", Attributes = "class")]
public sealed class ResponsiveTableTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var classes = output.Attributes["class"]?.Value?.ToString() ?? "";
        if (!classes.Split(' ').Contains("table")) return;
        // Focusable so that a keyboard can scroll it when it overflows (WCAG 2.1.1, axe scrollable-region-focusable).
        output.PreElement.SetHtmlContent("<div class=\"table-responsive\" tabindex=\"0\">");
        output.PostElement.SetHtmlContent("</div>");
    }
}
