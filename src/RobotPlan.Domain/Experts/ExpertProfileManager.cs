namespace RobotPlan.Experts;

/// <summary>One profile per expert user; fields must be known product categories.</summary>
public class ExpertProfileManager(IExpertProfileRepository profiles, IReferenceDataRepository referenceData)
{
    public async Task<ExpertProfile> CreateAsync(Guid userId, ExpertProfileDetails details, CancellationToken ct = default)
    {
        if (await profiles.FindByUserAsync(userId, ct) is not null)
            throw new BusinessException(RobotPlanErrorCodes.ExpertProfileExists, "userId");
        await CheckFieldsAsync(details, ct);
        var profile = new ExpertProfile(userId, details);
        await profiles.AddAsync(profile, ct);
        return profile;
    }

    public async Task ChangeAsync(ExpertProfile profile, ExpertProfileDetails details, CancellationToken ct = default)
    {
        await CheckFieldsAsync(details, ct);
        profile.Change(details);
    }

    private async Task CheckFieldsAsync(ExpertProfileDetails details, CancellationToken ct)
    {
        var known = (await referenceData.GetCategoriesAsync(ct)).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        if (details.Fields.Any(f => !known.Contains(f.Trim())))
            throw new BusinessException(RobotPlanErrorCodes.UnknownCategory, "fields");
    }
}
