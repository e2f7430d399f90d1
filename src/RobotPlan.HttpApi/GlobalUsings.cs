// The namespaces most of this project's files use (the SDK's ImplicitUsings habit, for our own and our libraries').
// A namespace only a few files need stays in those files.
global using System.ComponentModel.DataAnnotations;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Http;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.RateLimiting;
global using RobotPlan.Dtos;
global using RobotPlan.Files;
