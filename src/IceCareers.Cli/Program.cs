using System.Text;
using IceCareers.Cli;

Console.OutputEncoding = Encoding.UTF8;
return new CliApp(Console.Out, Console.Error).Run(args);
