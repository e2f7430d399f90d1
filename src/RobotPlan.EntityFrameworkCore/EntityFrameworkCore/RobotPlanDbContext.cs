using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using RobotPlan.AuditLogging;
using RobotPlan.Calendar;
using RobotPlan.CatalogApplications;
using RobotPlan.CatalogBatches;
using RobotPlan.Enterprises;
using RobotPlan.ExpertPanels;
using RobotPlan.Experts;
using RobotPlan.Files;
using RobotPlan.Identity;
using RobotPlan.Products;
using RobotPlan.PublicNotices;
using RobotPlan.ReferenceData;
using RobotPlan.SubsidyPrograms;
using RobotPlan.TestReports;

namespace RobotPlan.EntityFrameworkCore;

/// <summary>
/// The unit of work. Provider-specific subclasses exist only so each provider keeps its own migrations
/// (EF Core's "one context type per provider" pattern); everything else is configured here.
/// </summary>
public abstract class RobotPlanDbContext(DbContextOptions options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Enterprise> Enterprises => Set<Enterprise>();
    public DbSet<CrossRegionExemption> CrossRegionExemptions => Set<CrossRegionExemption>();
    public DbSet<UsccDispute> UsccDisputes => Set<UsccDispute>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<TestReport> TestReports => Set<TestReport>();
    public DbSet<CatalogBatch> CatalogBatches => Set<CatalogBatch>();
    public DbSet<CatalogApplication> CatalogApplications => Set<CatalogApplication>();
    public DbSet<ReviewJurisdiction> ReviewJurisdictions => Set<ReviewJurisdiction>();
    public DbSet<ProductCategory> ProductCategories => Set<ProductCategory>();
    public DbSet<TestingBody> TestingBodies => Set<TestingBody>();
    public DbSet<CertificationBody> CertificationBodies => Set<CertificationBody>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<CalendarYear> CalendarYears => Set<CalendarYear>();
    public DbSet<RobotPlan.FirstUnitInsurance.InsurancePolicy> InsurancePolicies => Set<RobotPlan.FirstUnitInsurance.InsurancePolicy>();
    public DbSet<SubsidyProgram> SubsidyPrograms => Set<SubsidyProgram>();
    public DbSet<RobotPlan.SubsidyAwards.Award> Awards => Set<RobotPlan.SubsidyAwards.Award>();
    public DbSet<RobotPlan.Payouts.PayoutBatch> PayoutBatches => Set<RobotPlan.Payouts.PayoutBatch>();
    public DbSet<RobotPlan.Payouts.PayoutItem> PayoutItems => Set<RobotPlan.Payouts.PayoutItem>();
    public DbSet<RobotPlan.Payouts.Payment> Payments => Set<RobotPlan.Payouts.Payment>();
    public DbSet<RobotPlan.Payouts.PaymentAttempt> PaymentAttempts => Set<RobotPlan.Payouts.PaymentAttempt>();
    public DbSet<RobotPlan.Payouts.Reconciliation> Reconciliations => Set<RobotPlan.Payouts.Reconciliation>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<AuditLog> AuditLogs => Set<AuditLog>();
    public DbSet<ExpertProfile> ExpertProfiles => Set<ExpertProfile>();
    public DbSet<ExpertPanel> ExpertPanels => Set<ExpertPanel>();
    public DbSet<PublicNotice> PublicNotices => Set<PublicNotice>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(RobotPlanDbContext).Assembly);
        builder.ApplyRobotPlanConventions();
        RobotPlan.EntityFrameworkCore.HistoryChains.HashChains.ApplyHashChains(builder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are UTC DateTime: both providers order them (SQLite cannot order DateTimeOffset).
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        // Money is decimal 元 in code and integer fen in the database (SQLite cannot compare decimal).
        configurationBuilder.Properties<decimal>().HaveConversion<MoneyFenConverter>();
    }
}
