using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.Identity;
using RobotPlan.Localization;
using RobotPlan.SeedWork;

namespace RobotPlan.Benchmarks;

/// <summary>The application and EF Core services on the given database, as the host registers them, without the web.</summary>
internal static class BenchServices
{
    public static ServiceCollection For(DatabaseProvider provider, string connectionString, LogLevel logLevel, ICurrentUser user)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(logLevel));
        services.AddRobotPlanApplication();
        services.AddRobotPlanEntityFrameworkCore(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Default"] = connectionString,
        }).Build(), "unused.db");
        services.AddRobotPlanLocalization();
        services.AddSingleton(user);
        // The seeders (reference data, roles) need Identity's stores, as in the host.
        services.AddIdentityCore<AppUser>(RobotPlanIdentityOptions.Configure).AddRoles<AppRole>().AddEntityFrameworkStores<RobotPlanDbContext>();
        return services;
    }
}

/// <summary>Search is anonymous; nobody is signed in.</summary>
internal sealed class NoUser : ICurrentUser
{
    public bool IsAuthenticated => false;
    public Guid? Id => null;
    public string? UserName => null;
    public IReadOnlyList<string> Roles => [];
    public Guid? EnterpriseId => null;
    public Guid? JurisdictionId => null;
    public Guid? TestingBodyId => null;
    public bool HasPermission(string permission) => false;
    public bool IsInRole(string role) => false;
}

/// <summary>Discards what the export writes, noting when the first byte arrived (P-5's "first byte").</summary>
internal sealed class TimingStream : Stream
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _length;

    public TimeSpan FirstByte { get; private set; }
    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _length;
    public override long Position { get => _length; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count)
    {
        if (_length == 0 && count > 0) FirstByte = _clock.Elapsed;
        _length += count;
    }

    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
