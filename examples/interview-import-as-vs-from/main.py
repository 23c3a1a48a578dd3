import pkg.tools as t  # binds t to the submodule; binds no name pkg

print("t is", t.__name__, "| name pkg bound:", "pkg" in dir())

from pkg import tools  # the same submodule object

print("t is tools:", t is tools)

from pkg import version  # from-import takes any attribute

print("version =", version)

try:
    import pkg.version as v  # import takes only modules
except ModuleNotFoundError as exc:
    print("ModuleNotFoundError:", exc)
