// The namespaces most of this project's files use (the SDK's ImplicitUsings habit, for our own and our libraries').
// A namespace only a few files need stays in those files.
global using System.Linq.Expressions;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.EntityFrameworkCore.ChangeTracking;
global using Microsoft.EntityFrameworkCore.Diagnostics;
global using Microsoft.EntityFrameworkCore.Metadata.Builders;
global using RobotPlan.AuditLogging;
global using RobotPlan.Calendar;
global using RobotPlan.CatalogApplications;
global using RobotPlan.CatalogBatches;
global using RobotPlan.CatalogListings;
global using RobotPlan.Credit;
global using RobotPlan.Enterprises;
global using RobotPlan.EntityFrameworkCore.CatalogApplications;
global using RobotPlan.ExpertPanels;
global using RobotPlan.Experts;
global using RobotPlan.Files;
global using RobotPlan.FirstUnitInsurance;
global using RobotPlan.Identity;
global using RobotPlan.Products;
global using RobotPlan.PublicNotices;
global using RobotPlan.ReferenceData;
global using RobotPlan.SeedWork;
global using RobotPlan.SubsidyAwards;
global using RobotPlan.SubsidyClaims;
global using RobotPlan.SubsidyPrograms;
global using RobotPlan.TestReports;
