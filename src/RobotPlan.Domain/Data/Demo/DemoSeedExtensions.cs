namespace RobotPlan.Data;

/// <summary>What the demo seed contributors share: demo users acting in a role (R-62's actor), and small PDFs as evidence.</summary>
internal static class DemoSeedExtensions
{
    public static async Task<ReviewActor> DemoActorAsync(this UserManager<AppUser> users, string userName, string role)
    {
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"Demo user {userName} is missing.");
        return new ReviewActor(user.Id, user.DisplayName, role, user.JurisdictionId);
    }

    /// <summary>The jurisdiction's demo district reviewer; null for a district without one (the caller acts as its office).</summary>
    public static async Task<ReviewActor?> DemoDistrictReviewerAsync(this UserManager<AppUser> users, Guid jurisdictionId)
    {
        var reviewer = users.Users.Where(u => u.JurisdictionId == jurisdictionId).Select(u => u.UserName!).FirstOrDefault();
        return reviewer is null ? null : await users.DemoActorAsync(reviewer, RobotPlanRoles.DistrictReviewer);
    }

    /// <remarks>No enterprise (null) for public files, e.g. an announcement's attachment.</remarks>
    public static Task<StoredFile> SaveDemoPdfAsync(this FileStore files, string text, Guid? enterpriseId, CancellationToken ct,
        string? fileName = null)
    {
        var bytes = MinimalPdf.Create(text);
        return files.SaveAsync(new FileUpload(new MemoryStream(bytes), fileName ?? text + ".pdf", bytes.Length), enterpriseId, pdfOnly: true, ct);
    }
}
