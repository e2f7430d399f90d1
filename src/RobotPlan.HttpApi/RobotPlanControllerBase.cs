using Microsoft.AspNetCore.Mvc;

namespace RobotPlan;

/// <summary>
/// Controllers only translate HTTP: bind, call one app service method, return. Errors become
/// ProblemDetails in the host's exception handler; every endpoint declares them.
/// </summary>
[ApiController]
[ProducesResponseType(typeof(ValidationProblemDetails), StatusCodes.Status400BadRequest)]
[ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status500InternalServerError)]
public abstract class RobotPlanControllerBase : ControllerBase;

/// <summary>Signed-in API (api/app/...): every action may answer 401 (no credentials) and 403 (missing permission).</summary>
[ProducesResponseType(StatusCodes.Status401Unauthorized)]
[ProducesResponseType(typeof(ProblemDetails), StatusCodes.Status403Forbidden)]
public abstract class RobotPlanAppControllerBase : RobotPlanControllerBase;
