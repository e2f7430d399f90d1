using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using Serilog;

namespace RobotPlan.Web.Hosting;

/// <summary>Service registration of the host, one method per concern (ABP's module ConfigureServices, without the framework).</summary>
public static class RobotPlanHostBuilder
{
    public const string SmartScheme = "RobotPlan.Smart";

    public static WebApplicationBuilder AddRobotPlan(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.Host.UseSerilog((context, sp, logger) => logger
            .ReadFrom.Configuration(context.Configuration)
            .Enrich.FromLogContext()
            .Enrich.With<ControlCharacterEscaper>()
            .ReadFrom.Services(sp)
            // Issue #18 (P-1 throughput): the console is written on a background thread, not inside each request (one
            // request-log line per request; a synchronous console write serializes the requests on its lock). The buffer
            // holds 10,000 events; beyond that, under a flood, lines are dropped rather than the requests slowed.
            .WriteTo.Async(sink => sink.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {CorrelationId} {Message:lj}{NewLine}{Exception}")));

        var dataFolder = DataFolder(builder);
        services.AddOptions<RobotPlanHostOptions>().Bind(builder.Configuration.GetSection(RobotPlanHostOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddRobotPlanApplication();
        services.AddOptions<RobotPlan.Data.InitialAdminOptions>().Bind(builder.Configuration.GetSection(RobotPlan.Data.InitialAdminOptions.SectionName));
        services.AddRobotPlanEntityFrameworkCore(builder.Configuration, Path.Combine(dataFolder, "robotplan.db"));
        services.AddRobotPlanFiles(builder.Configuration, dataFolder);
        // parameters (validity years, warning days).
        services.Configure<RobotPlan.CatalogListings.CatalogListingOptions>(builder.Configuration.GetSection(RobotPlan.CatalogListings.CatalogListingOptions.SectionName));
        // Issue 17: the portal address printed in every document's QR code.
        services.Configure<RobotPlan.Documents.DocumentOptions>(builder.Configuration.GetSection(RobotPlan.Documents.DocumentOptions.SectionName));
        services.Configure<RobotPlan.Notifications.Email.EmailOptions>(builder.Configuration.GetSection(RobotPlan.Notifications.Email.EmailOptions.SectionName));
        services.Configure<RobotPlan.Credit.CreditOptions>(builder.Configuration.GetSection(RobotPlan.Credit.CreditOptions.SectionName));
        services.AddRobotPlanLocalization();
        PayoutSetup.AddRobotPlanPayouts(services, builder.Configuration);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpContextCurrentUser>();

        AddIdentity(services, builder.Environment);
        AddWeb(services);
        services.AddRobotPlanRateLimits();
        services.AddRobotPlanHangfire(builder.Configuration, dataFolder);
        services.AddRobotPlanHealthChecks();
        services.AddRobotPlanTelemetry(builder.Configuration);
        services.AddRobotPlanOpenApi();
        services.AddDataProtection().SetApplicationName("RobotPlan").PersistKeysToDbContext<RobotPlanDbContext>();
        return builder;
    }

    private static string DataFolder(WebApplicationBuilder builder)
    {
        var folder = builder.Configuration["RobotPlan:DataFolder"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, builder.Environment.ContentRootPath)
            : Path.Combine(builder.Environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static void AddIdentity(IServiceCollection services, IWebHostEnvironment environment)
    {
        services.AddIdentity<AppUser, AppRole>(RobotPlanIdentityOptions.Configure)
            .AddEntityFrameworkStores<RobotPlanDbContext>()
            .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>()
            .AddRobotPlanPasswordRules()
            .AddSignInManager<AccountSignInManager>()
            .AddDefaultTokenProviders();
        // Issue #14: a lock, a password reset or a changed role reaches an open cookie session within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = AccountSessions.RevalidationInterval);
        services.AddMemoryCache();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<TwoFactorChallenges>();

        services.AddAuthentication(o =>
            {
                // AddIdentity sets the cookie as default for each of these; the smart scheme picks cookie or bearer.
                o.DefaultScheme = SmartScheme;
                o.DefaultAuthenticateScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultForbidScheme = SmartScheme;
            })
            // API clients: Identity's bearer tokens from POST /api/account/token (ADR 0005), short-lived, with
            // refresh tokens; requests are authenticated through the revalidating wrapper, never the bare handler.
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = AccountSessions.AccessTokenLifetime;
                o.RefreshTokenExpiration = AccountSessions.RefreshTokenLifetime;
            })
            .AddScheme<AuthenticationSchemeOptions, RevalidatingBearerHandler>(AccountSessions.RevalidatingBearerScheme, null)
            .AddPolicyScheme(SmartScheme, "Cookie or bearer", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.FirstOrDefault()?.StartsWith("Bearer ", StringComparison.Ordinal) == true
                    ? AccountSessions.RevalidatingBearerScheme
                    : IdentityConstants.ApplicationScheme);

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "RobotPlan.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // S-C: outside Development the cookie travels over HTTPS only (TLS ends at nginx; see ForwardedHeaders).
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // APIs answer 401/403; pages redirect to the login page.
            o.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
        });

        services.AddAuthorization(o =>
        {
            foreach (var permission in RobotPlanPermissions.All)
                o.AddPolicy(permission, p => p.RequireAuthenticatedUser().RequireClaim(RobotPlanClaimTypes.Permission, permission));
        });
    }

    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        // Machine endpoints (the API, the Prometheus scrape, the in-process sandbox's knobs) answer with a status.
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments(TelemetrySetup.DefaultPrometheusPath)
            || path.StartsWithSegments(PayoutSetup.SandboxPath))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static void AddWeb(IServiceCollection services)
    {
        var texts = new JsonLocalizationStore();
        var displayNames = new LocalizedDisplayNameProvider(texts);
        // Pages carry Chinese text as is, not as &#x...; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSingleton<ErrorProblemFactory>();
        services.AddSingleton<Microsoft.AspNetCore.Mvc.DataAnnotations.IValidationAttributeAdapterProvider, LocalizedAttributeAdapterProvider>();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        // Before the framework's writer, which would write nothing to a client that does not accept JSON.
        services.AddSingleton<IProblemDetailsWriter, ApiProblemWriter>();
        services.AddProblemDetails();
        // Behind nginx: trust X-Forwarded-For/Proto from the loopback proxy only (the default KnownProxies).
        // In containers nginx is another host: ReverseProxy:KnownNetworks (CIDRs, comma-separated) adds its network.
        services.AddOptions<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            foreach (var network in (configuration["ReverseProxy:KnownNetworks"] ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        services.AddAntiforgery(o => o.HeaderName = "RequestVerificationToken");
        services.AddControllers(o =>
            {
                o.ModelMetadataDetailsProviders.Add(new LocalizedValidationMetadataProvider());
                o.ModelMetadataDetailsProviders.Add(new BusinessDateValidationMetadataProvider());
                o.ModelMetadataDetailsProviders.Add(new ControlCharacterValidationMetadataProvider());
                o.ModelMetadataDetailsProviders.Add(displayNames);
                // Error keys are the JSON names the client sent ("contact.email"), not C# names.
                o.ModelMetadataDetailsProviders.Add(new Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.SystemTextJsonValidationMetadataProvider());
                o.Filters.Add<CookieApiAntiforgeryFilter>();
                o.Filters.Add<ApiProblemResultFilter>();
            })
            .AddApplicationPart(typeof(RobotPlanControllerBase).Assembly)
            .AddJsonOptions(o =>
            {
                o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
                o.AllowInputFormatterExceptionMessages = false;
            })
            .AddDataAnnotationsLocalization()
            .ConfigureApiBehaviorOptions(o => o.InvalidModelStateResponseFactory = InvalidModelStateProblem.Create);
        services.AddRazorPages(o =>
            {
                // Signed in at least; each page names the administrator's permission it needs (三员分立).
                o.Conventions.AuthorizeFolder("/Admin");
                o.Conventions.ConfigureFilter(new TypeFilterAttribute(typeof(Pages.ErrorPages.PageErrorStatusFilter)));
            })
            .AddMvcOptions(o =>
            {
                o.ModelMetadataDetailsProviders.Add(new LocalizedValidationMetadataProvider());
                o.ModelMetadataDetailsProviders.Add(displayNames);
                o.ModelMetadataDetailsProviders.Add(new LocalizedBindingMessages(texts));
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(JsonLocalizationStore.DefaultCulture);
            o.AddSupportedCultures(JsonLocalizationStore.SupportedCultures);
            o.AddSupportedUICultures(JsonLocalizationStore.SupportedCultures);
            // Cookie (the UI's language switch) first, then the API's Accept-Language.
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        services.Configure<ApiBehaviorOptions>(_ => { });
    }
}
