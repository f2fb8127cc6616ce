// The build failed, and for the right reason: the shared bannedDependencies rule named AssertJ, before anything compiled.
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('BUILD FAILURE')
assert log =~ /Failed to execute goal org\.apache\.maven\.plugins:maven-enforcer-plugin:[^ ]+:enforce \(no-test-jars-at-run-time\)/
assert log.contains('BannedDependencies')
assert log =~ /org\.assertj:assertj-core:jar:[^ ]+ <--- banned/
assert !log.contains('org.immutables:value:jar')
assert !(log =~ /org\.junit[^ ]* <--- banned/)
assert !log.contains('--- compiler:')
return true
