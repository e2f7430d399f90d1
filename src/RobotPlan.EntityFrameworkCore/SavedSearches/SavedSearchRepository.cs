using RobotPlan.SavedSearches;

namespace RobotPlan.EntityFrameworkCore.SavedSearches;

internal sealed class SavedSearchRepository(RobotPlanDbContext db) : ISavedSearchRepository
{
    private DbSet<SavedSearch> Searches => db.Set<SavedSearch>();

    public Task<SavedSearch?> FindByConfirmTokenAsync(string token, CancellationToken ct) => Searches.FirstOrDefaultAsync(s => s.ConfirmToken == token, ct);

    public Task<SavedSearch?> FindByUnsubscribeTokenAsync(string token, CancellationToken ct) =>
        Searches.FirstOrDefaultAsync(s => s.UnsubscribeToken == token, ct);

    public Task<int> CountLiveAsync(string email, CancellationToken ct) => Searches.CountAsync(s => s.Email == email && s.UnsubscribedAt == null, ct);

    public Task<List<SavedSearch>> GetActivePageAsync(int skip, int max, CancellationToken ct) =>
        Searches.Where(s => s.ConfirmedAt != null && s.UnsubscribedAt == null).OrderBy(s => s.CreationTime).ThenBy(s => s.Id)
            .Skip(skip).Take(max).ToListAsync(ct);

    public async Task AddAsync(SavedSearch search, CancellationToken ct) => await Searches.AddAsync(search, ct);
}

internal sealed class SavedSearchConfiguration : IEntityTypeConfiguration<SavedSearch>
{
    public void Configure(EntityTypeBuilder<SavedSearch> b)
    {
        b.ToTable("SavedSearches");
        b.Property(x => x.Email).HasMaxLength(SavedSearchConsts.MaxEmailLength).IsRequired();
        b.Property(x => x.Keyword).HasMaxLength(SavedSearchConsts.MaxKeywordLength);
        b.Property(x => x.CategoryCode).HasMaxLength(SavedSearchConsts.MaxCategoryLength);
        b.Property(x => x.ConfirmToken).HasMaxLength(64).IsRequired();
        b.Property(x => x.UnsubscribeToken).HasMaxLength(64).IsRequired();
        b.HasIndex(x => x.ConfirmToken).IsUnique();
        b.HasIndex(x => x.UnsubscribeToken).IsUnique();
        b.HasIndex(x => x.Email);
    }
}
