using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.EntityFrameworkCore.Interceptors;
using RobotPlan.EntityFrameworkCore.ListingSearch;
using RobotPlan.ListingSearch;
using RobotPlan.Notifications;

namespace RobotPlan.EntityFrameworkCore;

public static class EntityFrameworkCoreServiceCollectionExtensions
{
    /// <summary>
    /// The DbContext for the configured provider (Database:Provider, ConnectionStrings:Default), its
    /// interceptors and the repositories. <paramref name="defaultSqlitePath"/> is used when no connection string is set.
    /// </summary>
    public static IServiceCollection AddRobotPlanEntityFrameworkCore(this IServiceCollection services,
        IConfiguration configuration, string defaultSqlitePath)
    {
        var provider = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        var connectionString = configuration.GetConnectionString("Default");
        services.AddSingleton(new RobotPlanDatabase(provider, connectionString is { Length: > 0 }
            ? connectionString
            : RobotPlanDatabase.SqliteConnectionString(defaultSqlitePath)));

        services.AddScoped<AuditingInterceptor>();
        services.AddScoped<DomainEventDispatchInterceptor>();
        services.AddScoped<EntityChangeCollector>();
        services.AddSingleton<RobotPlan.EntityFrameworkCore.HistoryChains.HashChainInterceptor>();
        services.TryAddSingleton<ReferenceDataVersion>();
        services.AddSingleton<ReferenceDataChangeInterceptor>();
        if (provider == DatabaseProvider.PostgreSql)
        {
            services.AddDbContext<PostgreSqlRobotPlanDbContext>(Configure);
            services.AddScoped<RobotPlanDbContext>(sp => sp.GetRequiredService<PostgreSqlRobotPlanDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteRobotPlanDbContext>(Configure);
            services.AddScoped<RobotPlanDbContext>(sp => sp.GetRequiredService<SqliteRobotPlanDbContext>());
        }

        AddDomainPortImplementations(services);
        // ADR 0006 cache lifetime; "ListingSearch:CacheSeconds" = 0 turns it off (the load benchmark's uncached run).
        var cacheLifetime = configuration.GetValue<int?>("ListingSearch:CacheSeconds") is { } seconds
            ? TimeSpan.FromSeconds(Math.Max(0, seconds)) : ListingSearchCache.DefaultLifetime;
        services.TryAddSingleton(sp => new ListingSearchCache(sp.GetService<TimeProvider>() ?? TimeProvider.System, cacheLifetime));
        services.AddScoped<DatabaseMigrator>();
        return services;
    }

    /// <summary>
    /// Convention: every class of this assembly that implements a port the Domain declares (repositories, queries,
    /// lookups, the unit of work) is registered per scope, as itself and as each such port, so one scope shares one
    /// instance (<c>ProductUnitRepository</c> serves two ports). A new repository needs no registration line.
    /// </summary>
    private static void AddDomainPortImplementations(IServiceCollection services)
    {
        var domain = typeof(IUnitOfWork).Assembly;
        services.Scan(scan => scan.FromAssemblyOf<RobotPlanDbContext>()
            .AddClasses(classes => classes.Where(type => type.GetInterfaces().Any(i => i.Assembly == domain)), publicOnly: false)
            .AsSelfWithInterfaces(i => i.Assembly == domain)
            .WithScopedLifetime());
    }

    private static void Configure(IServiceProvider sp, DbContextOptionsBuilder options)
    {
        sp.GetRequiredService<RobotPlanDatabase>().Configure(options);
        // Order matters: handlers' changes are audited; the collector sees the final state.
        options.AddInterceptors(
            sp.GetRequiredService<DomainEventDispatchInterceptor>(),
            sp.GetRequiredService<AuditingInterceptor>(),
            sp.GetRequiredService<RobotPlan.EntityFrameworkCore.HistoryChains.HashChainInterceptor>(),
            sp.GetRequiredService<EntityChangeCollector>(),
            sp.GetRequiredService<ReferenceDataChangeInterceptor>());
    }
}
