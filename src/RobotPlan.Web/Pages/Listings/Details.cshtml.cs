namespace RobotPlan.Web.Pages.Listings;

/// <summary>The public record of a listing: reachable in every state, and a friendly 404 for an unknown number.</summary>
[AllowAnonymous]
public sealed class DetailsModel(IListingSearchAppService search, RobotPlan.Credit.IPublicCreditAppService credit) : PageModel
{
    public string Number { get; private set; } = "";
    public PublicListingDto? Listing { get; private set; }
    /// <summary>R-60 as the public may see it: blacklist records in force about the enterprise or the product.</summary>
    public IReadOnlyList<RobotPlan.Credit.PublicCreditRecordDto> Credit { get; private set; } = [];

    public async Task OnGetAsync(string number, CancellationToken ct)
    {
        Number = number.Length > 32 ? number[..32] : number;
        Listing = await search.FindByNumberAsync(Number, ct);
        if (Listing is null) Response.StatusCode = StatusCodes.Status404NotFound;
        else Credit = await credit.GetForListingAsync(Number, ct);
    }
}
