// The namespaces most of this project's files use (the SDK's ImplicitUsings habit, for our own and our libraries').
// A namespace only a few files need stays in those files.
global using System.Security.Cryptography;
global using System.Text;
global using Microsoft.AspNetCore.Identity;
global using RobotPlan.Calendar;
global using RobotPlan.CatalogApplications;
global using RobotPlan.CatalogBatches;
global using RobotPlan.CatalogListings;
global using RobotPlan.Credit;
global using RobotPlan.Enterprises;
global using RobotPlan.Errors;
global using RobotPlan.Experts;
global using RobotPlan.Files;
global using RobotPlan.FirstUnitInsurance;
global using RobotPlan.Identity;
global using RobotPlan.Money;
global using RobotPlan.Products;
global using RobotPlan.PublicNotices;
global using RobotPlan.ReferenceData;
global using RobotPlan.Reviews;
global using RobotPlan.SeedWork;
global using RobotPlan.SubsidyAwards;
global using RobotPlan.SubsidyClaims;
global using RobotPlan.SubsidyPrograms;
global using RobotPlan.Timing;
