namespace RobotPlan.Web.Pages.Subsidies;

/// <summary>Public 首台（套）保险补偿 estimator: the decision's own calculator, line by line.</summary>
public sealed class EstimateModel(ISubsidyProgramAppService programs) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "")]
    public SubsidyEstimateInput Input { get; set; } = new();

    public SubsidyEstimateDto? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // The empty form is not an error; a filled-in one is validated like the API.
        if (!Request.Query.ContainsKey("premiumPaid")) return;
        if (ModelState.IsValid) Result = await programs.EstimateAsync(Input, ct);
    }
}
