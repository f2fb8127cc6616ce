@echo off
rem curriculum: the command-line validator for infant massage curricula, as installed from a
rem release archive. Runs lib\curriculum.jar with Java 17 or later (JAVA_HOME if set, else java on
rem the PATH). Extra JVM options go in CURRICULUM_JAVA_OPTS. Exits with the tools exit code.
setlocal
set "CURRICULUM_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA_EXE=%JAVA_HOME%\bin\java.exe") else (set "JAVA_EXE=java")
set "TIERING=-XX:TieredStopAtLevel=1"
if "%~1"=="lsp" set "TIERING="
"%JAVA_EXE%" %TIERING% -XX:+UseSerialGC -XX:-UsePerfData %CURRICULUM_JAVA_OPTS% -jar "%CURRICULUM_HOME%\lib\curriculum.jar" %*
exit /b %ERRORLEVEL%
