using Microsoft.AspNetCore.Mvc;
using RobotPlan.Conventions;

namespace RobotPlan;

/// <summary>
/// Controllers only translate HTTP: bind, call one app service method, return. Errors become ProblemDetails in the
/// host's exception handler; <see cref="ApiResponsesConventionAttribute"/> documents every action's responses.
/// </summary>
[ApiController]
[ApiResponsesConvention]
public abstract class RobotPlanControllerBase : ControllerBase;

/// <summary>Signed-in API (api/app/...): every action needs a permission, so may answer 401 and 403.</summary>
public abstract class RobotPlanAppControllerBase : RobotPlanControllerBase;
