#!/usr/bin/env python3
# SPDX-License-Identifier: (LGPL-2.1 OR MIT)
"""Everything of the dbgeng layer that repeats the interfaces, from dbgeng.idl.

  gen-dbgeng.py header dbgeng.h.in       include/vmwrite/dbgeng.h: the template
                                         with its @MARKER@ lines filled in
  gen-dbgeng.py guids                    the IID definitions (the library's guids.c)
  gen-dbgeng.py stubs-h IFACE...         E_NOTIMPL stubs of every method of each
  gen-dbgeng.py stubs-c IFACE...         IFACE, and DBGENG_STUBS_IFACE filling a
                                         vtable with them (the library's stubs.[ch])
  gen-dbgeng.py fakes-c IFACE            test fakes: slot N returns N, and a check
  gen-dbgeng.py fakes-cxx IFACE          calling every macro or method

The description is read from --idl (default: dbgeng.idl beside this script);
the result goes to stdout.  Python 3 standard library only.
"""

import argparse
import os
import re
import sys

ORDER_SOURCES = ("mingw", "wine", "sdk")
ROOT = "IUnknown"
HEADER_INPUTS = "userlib/dbgeng/dbgeng.idl and userlib/dbgeng/dbgeng.h.in"


class Param:
    def __init__(self, text):
        m = re.fullmatch(r"(.*?[\w*])\s*\b(\w+)", text)
        if text == "...":
            self.type, self.name = None, "..."
        elif not m or not m.group(1).strip():
            raise ValueError("parameter %r: want TYPE NAME" % text)
        else:
            self.type, self.name = m.group(1).strip(), m.group(2)

    def decl(self):
        """As in a declaration: "PVOID *Interface", "...". """
        if self.type is None:
            return "..."
        return self.type + ("" if self.type.endswith("*") else " ") + self.name


class Method:
    def __init__(self, ret, name, params):
        self.ret, self.name, self.params = ret, name, params

    def variadic(self):
        return bool(self.params) and self.params[-1].type is None


class Interface:
    def __init__(self, name, parent, iid, order, where):
        self.name, self.parent, self.iid, self.order = name, parent, iid, order
        self.where = where
        self.own = []
        self.methods = []	# the whole vtable, inherited ones first

    def declared_only(self):
        return not self.parent and not self.own

    def pointer_type(self):
        """IDebugDataSpaces2 -> PDEBUG_DATA_SPACES2, as the SDK names them."""
        return "P" + re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", self.name[1:]).upper()

    def iid_init(self):
        d = self.iid.split("-")
        b = d[3] + d[4]
        return "{0x%s, 0x%s, 0x%s, {%s}}" % (d[0], d[1], d[2], ", ".join(
            "0x" + b[i:i + 2] for i in range(0, 16, 2)))


HEAD = re.compile(r"interface\s+(\w+)\s*(?::\s*(\w+)\s*)?"
                  r"\{([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}"
                  r"\s*(?:#\s*order:\s*(\w+)\s*)?(?:#.*)?$")
METHOD = re.compile(r"(\w+)\s+(\w+)\((.*)\)$")


def parse(path):
    """The interfaces of @path, in order, checked; exits on an error."""
    ifaces, by_name, cur = [], {}, None

    def fail(where, msg):
        sys.exit("%s: %s" % (where, msg))

    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = "%s:%d" % (path, n)
            text = line.rstrip("\n")
            if not text.strip() or text.lstrip().startswith("#"):
                continue
            if text.startswith("\t"):
                m = METHOD.fullmatch(text.strip())
                if not cur:
                    fail(where, "a method before any interface")
                if not m:
                    fail(where, "want RETURN NAME(TYPE NAME, ...)")
                try:
                    params = [Param(p.strip()) for p in m.group(3).split(",")] \
                        if m.group(3).strip() else []
                except ValueError as e:
                    fail(where, e)
                if any(p.type is None for p in params[:-1]) or \
                   params and params[-1].type is None and len(params) < 2:
                    fail(where, '"..." only last, after a named parameter')
                cur.own.append(Method(m.group(1), m.group(2), params))
                continue
            m = HEAD.fullmatch(text)
            if not m:
                fail(where, "want: interface NAME [: PARENT] {IID} [# order: SOURCE]")
            name, parent, iid, order = m.groups()
            if name in by_name:
                fail(where, "%s described twice" % name)
            if parent and parent not in by_name:
                fail(where, "parent %s is not described above" % parent)
            if order and order not in ORDER_SOURCES:
                fail(where, "order: one of %s" % ", ".join(ORDER_SOURCES))
            cur = Interface(name, parent, iid, order, where)
            ifaces.append(cur)
            by_name[name] = cur
    for i in ifaces:
        if i.own and not i.order:
            fail(i.where, "%s: say where its method order comes from (# order:)" % i.name)
        if not i.parent and i.own and i.name != ROOT:
            fail(i.where, "%s: only %s has methods without a parent" % (i.name, ROOT))
        if i.parent and by_name[i.parent].declared_only():
            fail(i.where, "%s: its parent %s has no methods" % (i.name, i.parent))
        i.methods = (by_name[i.parent].methods if i.parent else []) + i.own
        seen = set()
        for meth in i.methods:
            if meth.name in seen:
                fail(i.where, "%s: two methods named %s" % (i.name, meth.name))
            seen.add(meth.name)
    if ROOT not in by_name:
        sys.exit("%s: no %s" % (path, ROOT))
    return ifaces, by_name


def args_c(iface, meth):
    return ", ".join(["%s *This" % iface.name] + [p.decl() for p in meth.params])


def args_cxx(meth, names=True):
    if not meth.params:
        return "void"
    return ", ".join(p.decl() if names or p.type is None else p.type for p in meth.params)


# ---- the header ------------------------------------------------------------

def bodies(ifaces):
    return [i for i in ifaces if not i.declared_only()]


def guarded(i, lines):
    if i.name != ROOT:
        return lines
    return (["#if !defined(__IUnknown_INTERFACE_DEFINED__) && "
             "!defined(VMW_DBGENG_HAVE_IUNKNOWN)",
             "#define __IUnknown_INTERFACE_DEFINED__"] + lines + ["#endif"])


def c_binding(ifaces):
    out = []
    for i in bodies(ifaces):
        lines = []
        if i.name == ROOT:
            lines += ["typedef struct %s %s;" % (i.name, i.name), ""]
        else:
            lines.append("/* %s: %d methods. */" % (i.name, len(i.methods)))
        lines.append("typedef struct %sVtbl {" % i.name)
        for m in i.methods:
            lines.append("\t%s (STDMETHODCALLTYPE *%s)(%s);" % (m.ret, m.name, args_c(i, m)))
        lines += ["} %sVtbl;" % i.name, "",
                  "struct %s {" % i.name,
                  "\tCONST_VTBL struct %sVtbl *lpVtbl;" % i.name,
                  "};", ""]
        for m in i.methods:
            # A parameter named as its method (the SDK's Request(Request, ...))
            # would replace the member name in the expansion: rename it.
            names = ["This"] + [p.name + "_" if p.name in (m.name, "lpVtbl") else p.name
                                for p in m.params]
            if m.variadic():
                macro = names[:-2] + ["..."]
                call = names[:-2] + ["__VA_ARGS__"]
            else:
                macro = call = names
            lines.append("#define %s_%s(%s) \\" % (i.name, m.name, ", ".join(macro)))
            lines.append("\t((This)->lpVtbl->%s(%s))" % (m.name, ", ".join(call)))
        out += guarded(i, lines) + [""]
    return out[:-1]


def cxx_binding(ifaces):
    out = []
    for i in bodies(ifaces):
        lines = []
        if i.name == ROOT:
            lines += ["/* No virtual destructor: the vtable is exactly the C one. */",
                      "struct %s {" % i.name]
        else:
            lines += ["/* %s: %d methods, %s's repeated as the SDK does. */"
                      % (i.name, len(i.methods), ROOT),
                      "struct %s : public %s {" % (i.name, ROOT)]
        for m in i.methods:
            lines.append("\tvirtual %s STDMETHODCALLTYPE %s(%s) = 0;"
                         % (m.ret, m.name, args_cxx(m)))
        lines.append("};")
        out += guarded(i, lines) + [""]
    return out[:-1]


def header(ifaces, template):
    parts = {
        "BANNER": [
            "/*",
            " * Do not edit directly: generated by userlib/dbgeng/gen-dbgeng.py from",
            " * %s;" % HEADER_INPUTS,
            " * `make -C userlib` regenerates it, `make -C userlib check` fails if the",
            " * committed copy differs.",
            " */"],
        "IID_INITIALISERS": sum((["#define VMW_IID_%s_INIT \\" % i.name, "\t" + i.iid_init()]
                                 for i in ifaces), []),
        "IID_DECLARATIONS": ["VMW_DBGENG_EXTERN const IID IID_%s;" % i.name for i in ifaces],
        "INTERFACE_POINTERS": ["typedef struct %s %s, *%s;" % (i.name, i.name, i.pointer_type())
                               for i in ifaces if i.name != ROOT],
        "C_BINDING": c_binding(ifaces),
        "CXX_BINDING": cxx_binding(ifaces),
        "UUIDOF": ["VMW_DBGENG_UUIDOF(%s, VMW_IID_%s_INIT)" % (i.name, i.name) for i in ifaces],
    }
    out, used = [], set()
    with open(template, encoding="utf-8") as f:
        for n, line in enumerate(f.read().split("\n"), 1):
            m = re.fullmatch(r"@(\w+)@", line)
            if not m:
                out.append(line)
                continue
            if m.group(1) not in parts or m.group(1) in used:
                sys.exit("%s:%d: unknown or repeated marker %s" % (template, n, line))
            used.add(m.group(1))
            out += parts[m.group(1)]
    if used != set(parts):
        sys.exit("%s: no marker for %s" % (template, ", ".join(sorted(set(parts) - used))))
    return out


# ---- the library's parts ------------------------------------------------------

BUILD_BANNER = "/* Generated by gen-dbgeng.py from dbgeng.idl: do not edit. */"


def guids(ifaces):
    return [BUILD_BANNER,
            "/* The interface identifiers <vmwrite/dbgeng.h> declares, one definition each. */",
            "", "#include <vmwrite/dbgeng.h>", ""] + \
        ["VMW_API const IID IID_%s = VMW_IID_%s_INIT;" % (i.name, i.name) for i in ifaces]


def stub_name(i, m):
    return "dbgeng__stub_%s_%s" % (i.name, m.name)


def stubs_h(wanted):
    out = [BUILD_BANNER,
           "/*",
           " * An E_NOTIMPL stub for every method, and DBGENG_STUBS_<interface> setting",
           " * every slot of a vtable to them, in published order: an implementation",
           " * names its own methods after it, so that none is ever a NULL slot.",
           " */",
           "", "#ifndef DBGENG_STUBS_H", "#define DBGENG_STUBS_H", "",
           '#include "vmwrite/dbgeng.h"']
    for i in wanted:
        out.append("")
        for m in i.methods:
            out.append("%s STDMETHODCALLTYPE %s(%s);" % (m.ret, stub_name(i, m), args_c(i, m)))
        out += ["", "#define DBGENG_STUBS_%s \\" % i.name]
        out += ["\t.%s = %s%s" % (m.name, stub_name(i, m), ", \\" if k < len(i.methods) - 1 else "")
                for k, m in enumerate(i.methods)]
    return out + ["", "#endif /* DBGENG_STUBS_H */"]


def stubs_c(wanted):
    out = [BUILD_BANNER, "", '#include "stubs.h"', "",
           '#pragma GCC diagnostic ignored "-Wunused-parameter"']
    for i in wanted:
        for m in i.methods:
            out += ["", "%s STDMETHODCALLTYPE %s(%s)" % (m.ret, stub_name(i, m), args_c(i, m)),
                    "{", "\treturn %s;" % ("E_NOTIMPL" if m.ret == "HRESULT" else "0"), "}"]
    return out


# ---- the tests' fakes ------------------------------------------------------------

def zero_args(m, cxx):
    """Arguments for a call that only checks where it lands."""
    args = []
    for p in m.params:
        if p.type is None:
            continue
        if p.type == "va_list":
            sys.exit("fakes: %s takes a va_list; no fake for it yet" % m.name)
        if p.type in ("REFIID", "REFGUID"):
            args.append("__uuidof(IUnknown)" if cxx else "&IID_IUnknown")
        else:
            args.append("0")
    return ", ".join(args)


def fakes_c(i):
    out = [BUILD_BANNER,
           "/* A C object of %s whose slot N returns N, and a call through every macro. */"
           % i.name, "",
           "#pragma GCC diagnostic push",
           '#pragma GCC diagnostic ignored "-Wunused-parameter"']
    for k, m in enumerate(i.methods):
        out += ["", "static %s fake_%s_%s(%s)" % (m.ret, i.name, m.name, args_c(i, m)),
                "{", "\treturn %d;" % k, "}"]
    out += ["#pragma GCC diagnostic pop", "",
            "static const %sVtbl fake_%s_vtbl = {" % (i.name, i.name)]
    out += ["\t.%s = fake_%s_%s," % (m.name, i.name, m.name) for m in i.methods]
    out += ["};", "",
            "/* True if each %s_Xxx(p, ...) macro called its own slot. */" % i.name,
            "static bool fake_%s_call_every_macro(%s *p)" % (i.name, i.name),
            "{", "\tbool ok = true;", ""]
    for k, m in enumerate(i.methods):
        args = zero_args(m, False)
        out.append("\tok &= %s_%s(p%s) == %d;" % (i.name, m.name, ", " + args if args else "", k))
    return out + ["\treturn ok;", "}"]


def fakes_cxx(i):
    out = [BUILD_BANNER,
           "/*",
           " * Fake%s: an implementation whose slot N returns N; a call through" % i.name,
           " * every method; FAKE_%s_SLOTS(X): X(method, slot) for each." % i.name,
           " */", "",
           "class Fake%s : public %s {" % (i.name, i.name), "public:"]
    for k, m in enumerate(i.methods):
        out += ["\t%s STDMETHODCALLTYPE %s(%s) override" % (m.ret, m.name, args_cxx(m, False)),
                "\t{", "\t\treturn %d;" % k, "\t}"]
    out += ["};", "", "#define FAKE_%s_SLOTS(X) \\" % i.name]
    out += ["\tX(%s, %d)%s" % (m.name, k, " \\" if k < len(i.methods) - 1 else "")
            for k, m in enumerate(i.methods)]
    out += ["", "/* True if each method called through @p landed in its own slot. */",
            "static bool fake_%s_call_every_method(%s *p)" % (i.name, i.name),
            "{", "\tbool ok = true;", ""]
    for k, m in enumerate(i.methods):
        out.append("\tok &= p->%s(%s) == %d;" % (m.name, zero_args(m, True), k))
    return out + ["\treturn ok;", "}"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--idl", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                  "dbgeng.idl"))
    ap.add_argument("what", choices=("header", "guids", "stubs-h", "stubs-c",
                                     "fakes-c", "fakes-cxx"))
    ap.add_argument("args", nargs="*", help="the template (header) or interfaces")
    a = ap.parse_args()
    ifaces, by_name = parse(a.idl)

    def named(want_one):
        if not a.args or (want_one and len(a.args) != 1):
            ap.error("%s takes %s" % (a.what, "one interface" if want_one else "interfaces"))
        for n in a.args:
            if n not in by_name or by_name[n].declared_only():
                ap.error("%s: no interface with methods of that name" % n)
        return [by_name[n] for n in a.args]

    if a.what == "header":
        if len(a.args) != 1:
            ap.error("header takes the template")
        lines = header(ifaces, a.args[0])
    elif a.what == "guids":
        lines = guids(ifaces)
    elif a.what == "stubs-h":
        lines = stubs_h(named(False))
    elif a.what == "stubs-c":
        lines = stubs_c(named(False))
    elif a.what == "fakes-c":
        lines = fakes_c(named(True)[0])
    else:
        lines = fakes_cxx(named(True)[0])
    text = "\n".join(lines)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


if __name__ == "__main__":
    main()
