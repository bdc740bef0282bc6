// SPDX-License-Identifier: (LGPL-2.1 OR MIT)
/*
 * IDebugSymbols..5: modules, names and addresses (modules.c), and the
 * running kernel's types from BTF (types.c).  Processes have no types
 * here: their DWARF is a project of its own, and those methods say
 * E_NOTIMPL.  Source lines, scopes, symbol groups and paths return
 * E_NOTIMPL as well: this layer resolves, it does not step.
 */

#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "stubs.h"

/* The client object of an interface pointer, and the engine behind it. */
#define OBJ(p)		dbgeng_container_of(p, struct dbgeng_client, symbols)
#define SYMBOLS(p)	(OBJ(p)->engine)

/* Long enough for "module!symbol" of any C++ name a file holds. */
#define NAME_MAX_LEN	4096

static HRESULT STDMETHODCALLTYPE symbols_QueryInterface(IDebugSymbols5 *This, REFIID iid,
							PVOID *out)
{
	return dbgeng__client_query(OBJ(This), iid, out);
}

static ULONG STDMETHODCALLTYPE symbols_AddRef(IDebugSymbols5 *This)
{
	return dbgeng__client_addref(OBJ(This));
}

static ULONG STDMETHODCALLTYPE symbols_Release(IDebugSymbols5 *This)
{
	return dbgeng__client_release(OBJ(This));
}

/* ---- options: kept, as dbgeng keeps them; none changes what is found ---- */

static HRESULT STDMETHODCALLTYPE symbols_GetSymbolOptions(IDebugSymbols5 *This, PULONG Options)
{
	if (!Options)
		return E_POINTER;
	*Options = __atomic_load_n(&SYMBOLS(This)->symbol_options, __ATOMIC_RELAXED);
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE symbols_AddSymbolOptions(IDebugSymbols5 *This, ULONG Options)
{
	__atomic_or_fetch(&SYMBOLS(This)->symbol_options, Options, __ATOMIC_RELAXED);
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE symbols_RemoveSymbolOptions(IDebugSymbols5 *This, ULONG Options)
{
	__atomic_and_fetch(&SYMBOLS(This)->symbol_options, ~Options, __ATOMIC_RELAXED);
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE symbols_SetSymbolOptions(IDebugSymbols5 *This, ULONG Options)
{
	__atomic_store_n(&SYMBOLS(This)->symbol_options, Options, __ATOMIC_RELAXED);
	return S_OK;
}

/* ---- names and addresses ------------------------------------------------ */

/*
 * A name the engine writes into a buffer of NAME_MAX_LEN (@hr, with the
 * buffer in @name), out to the caller's by dbgeng's rule.
 */
#define NAME_OUT(name, call, buf, size, needed, unit)				\
	({									\
		char *name = malloc(NAME_MAX_LEN);				\
		HRESULT __hr = name ? (call) : E_OUTOFMEMORY;			\
		if (SUCCEEDED(__hr))						\
			__hr = dbgeng__string_out(name, buf, size, needed, unit);	\
		free(name);							\
		__hr;								\
	})

static HRESULT name_by_offset(IDebugSymbols5 *This, ULONG64 Offset, void *buf, ULONG size,
			      PULONG needed, PULONG64 Displacement, unsigned int unit)
{
	return NAME_OUT(name, dbgeng__symbol_name(SYMBOLS(This), Offset, name, NAME_MAX_LEN,
						   Displacement), buf, size, needed, unit);
}

static HRESULT STDMETHODCALLTYPE symbols_GetNameByOffset(IDebugSymbols5 *This, ULONG64 Offset,
							 PSTR NameBuffer, ULONG NameBufferSize,
							 PULONG NameSize, PULONG64 Displacement)
{
	return name_by_offset(This, Offset, NameBuffer, NameBufferSize, NameSize, Displacement, 1);
}

static HRESULT STDMETHODCALLTYPE symbols_GetNameByOffsetWide(IDebugSymbols5 *This,
							     ULONG64 Offset, PWSTR NameBuffer,
							     ULONG NameBufferSize,
							     PULONG NameSize,
							     PULONG64 Displacement)
{
	return name_by_offset(This, Offset, NameBuffer, NameBufferSize, NameSize, Displacement, 2);
}

/* Inline frames are a PDB notion: every context names the function itself. */
static HRESULT STDMETHODCALLTYPE symbols_GetNameByInlineContext(IDebugSymbols5 *This,
								ULONG64 Offset,
								ULONG InlineContext,
								PSTR NameBuffer,
								ULONG NameBufferSize,
								PULONG NameSize,
								PULONG64 Displacement)
{
	(void)InlineContext;
	return name_by_offset(This, Offset, NameBuffer, NameBufferSize, NameSize, Displacement, 1);
}

static HRESULT STDMETHODCALLTYPE symbols_GetNameByInlineContextWide(IDebugSymbols5 *This,
								    ULONG64 Offset,
								    ULONG InlineContext,
								    PWSTR NameBuffer,
								    ULONG NameBufferSize,
								    PULONG NameSize,
								    PULONG64 Displacement)
{
	(void)InlineContext;
	return name_by_offset(This, Offset, NameBuffer, NameBufferSize, NameSize, Displacement, 2);
}

static HRESULT STDMETHODCALLTYPE symbols_GetOffsetByName(IDebugSymbols5 *This, PCSTR Symbol,
							 PULONG64 Offset)
{
	if (!Symbol || !Offset)
		return E_POINTER;
	return dbgeng__symbol_offset(SYMBOLS(This), Symbol, Offset, NULL);
}

/*
 * A *Wide method's string argument as UTF-8: @fn(@This, it, ...) and free.
 * NULL stays NULL, for the methods where it means "all" or "none".
 */
#define WITH_UTF8(w, s, call)						\
	({								\
		char *s = dbgeng__utf8_of(w);				\
		HRESULT __hr = (w) && !s ? E_OUTOFMEMORY : (call);	\
		free(s);						\
		__hr;							\
	})

static HRESULT STDMETHODCALLTYPE symbols_GetOffsetByNameWide(IDebugSymbols5 *This,
							     PCWSTR Symbol, PULONG64 Offset)
{
	return WITH_UTF8(Symbol, s, symbols_GetOffsetByName(This, s, Offset));
}

static HRESULT STDMETHODCALLTYPE symbols_GetSymbolModule(IDebugSymbols5 *This, PCSTR Symbol,
							 PULONG64 Base)
{
	if (!Symbol || !Base)
		return E_POINTER;
	return dbgeng__symbol_offset(SYMBOLS(This), Symbol, NULL, Base);
}

static HRESULT STDMETHODCALLTYPE symbols_GetSymbolModuleWide(IDebugSymbols5 *This,
							     PCWSTR Symbol, PULONG64 Base)
{
	return WITH_UTF8(Symbol, s, symbols_GetSymbolModule(This, s, Base));
}

/* ---- modules ------------------------------------------------------------ */

/* A non-invasive session sees what is loaded now: nothing is "unloaded". */
static HRESULT STDMETHODCALLTYPE symbols_GetNumberModules(IDebugSymbols5 *This, PULONG Loaded,
							  PULONG Unloaded)
{
	ULONG n;
	HRESULT hr = dbgeng__modules_number(SYMBOLS(This), &n);

	if (FAILED(hr))
		return hr;
	if (Loaded)
		*Loaded = n;
	if (Unloaded)
		*Unloaded = 0;
	return S_OK;
}

static HRESULT STDMETHODCALLTYPE symbols_GetModuleByIndex(IDebugSymbols5 *This, ULONG Index,
							  PULONG64 Base)
{
	struct dbgeng_module m;
	HRESULT hr;

	if (!Base)
		return E_POINTER;
	if (Index == DEBUG_ANY_ID)
		return E_INVALIDARG;
	hr = dbgeng__module_get(SYMBOLS(This), Index, 0, &m);
	if (SUCCEEDED(hr))
		*Base = m.base;
	return hr;
}

static HRESULT STDMETHODCALLTYPE symbols_GetModuleByModuleName(IDebugSymbols5 *This,
							       PCSTR Name, ULONG StartIndex,
							       PULONG Index, PULONG64 Base)
{
	if (!Name)
		return E_POINTER;
	return dbgeng__module_by_name(SYMBOLS(This), Name, StartIndex, Index, Base);
}

static HRESULT STDMETHODCALLTYPE symbols_GetModuleByModuleNameWide(IDebugSymbols5 *This,
								   PCWSTR Name,
								   ULONG StartIndex,
								   PULONG Index, PULONG64 Base)
{
	return WITH_UTF8(Name, s, symbols_GetModuleByModuleName(This, s, StartIndex, Index, Base));
}

/* DEBUG_GETMOD_DEFAULT is loaded modules, all this session has. */
static HRESULT STDMETHODCALLTYPE symbols_GetModuleByModuleName2(IDebugSymbols5 *This,
								PCSTR Name, ULONG StartIndex,
								ULONG Flags, PULONG Index,
								PULONG64 Base)
{
	if (Flags & DEBUG_GETMOD_NO_LOADED_MODULES)
		return E_INVALIDARG;
	return symbols_GetModuleByModuleName(This, Name, StartIndex, Index, Base);
}

static HRESULT STDMETHODCALLTYPE symbols_GetModuleByModuleName2Wide(IDebugSymbols5 *This,
								    PCWSTR Name,
								    ULONG StartIndex,
								    ULONG Flags,
								    PULONG Index,
								    PULONG64 Base)
{
	return WITH_UTF8(Name, s, symbols_GetModuleByModuleName2(This, s, StartIndex, Flags,
								 Index, Base));
}

static HRESULT STDMETHODCALLTYPE symbols_GetModuleByOffset(IDebugSymbols5 *This, ULONG64 Offset,
							   ULONG StartIndex, PULONG Index,
							   PULONG64 Base)
{
	return dbgeng__module_by_offset(SYMBOLS(This), Offset, StartIndex, Index, Base);
}

static HRESULT STDMETHODCALLTYPE symbols_GetModuleByOffset2(IDebugSymbols5 *This,
							    ULONG64 Offset, ULONG StartIndex,
							    ULONG Flags, PULONG Index,
							    PULONG64 Base)
{
	if (Flags & DEBUG_GETMOD_NO_LOADED_MODULES)
		return E_INVALIDARG;
	return dbgeng__module_by_offset(SYMBOLS(This), Offset, StartIndex, Index, Base);
}

/*
 * The names of a module by DEBUG_MODNAME_*: the module name ("libc"), and
 * for all the others its file -- the image is its own symbol file and is
 * mapped as it is.
 */
static const char *module_name_of(const struct dbgeng_module *m, ULONG which)
{
	switch (which) {
	case DEBUG_MODNAME_MODULE:
		return m->name;
	case DEBUG_MODNAME_IMAGE:
	case DEBUG_MODNAME_LOADED_IMAGE:
	case DEBUG_MODNAME_SYMBOL_FILE:
	case DEBUG_MODNAME_MAPPED_IMAGE:
		return m->image;
	default:
		return NULL;
	}
}

static HRESULT module_name_string(IDebugSymbols5 *This, ULONG Which, ULONG Index, ULONG64 Base,
				  void *buf, ULONG size, PULONG needed, unsigned int unit)
{
	struct dbgeng_module m;
	const char *name;
	HRESULT hr = dbgeng__module_get(SYMBOLS(This), Index, Base, &m);

	if (FAILED(hr))
		return hr;
	name = module_name_of(&m, Which);
	if (!name)
		return E_INVALIDARG;
	return dbgeng__string_out(name, buf, size, needed, unit);
}

static HRESULT STDMETHODCALLTYPE symbols_GetModuleNameString(IDebugSymbols5 *This, ULONG Which,
							     ULONG Index, ULONG64 Base,
							     PSTR Buffer, ULONG BufferSize,
							     PULONG NameSize)
{
	return module_name_string(This, Which, Index, Base, Buffer, BufferSize, NameSize, 1);
}

static HRESULT STDMETHODCALLTYPE symbols_GetModuleNameStringWide(IDebugSymbols5 *This,
								 ULONG Which, ULONG Index,
								 ULONG64 Base, PWSTR Buffer,
								 ULONG BufferSize,
								 PULONG NameSize)
{
	return module_name_string(This, Which, Index, Base, Buffer, BufferSize, NameSize, 2);
}

/* S_FALSE if any of the three was cut, as dbgeng answers. */
static HRESULT STDMETHODCALLTYPE symbols_GetModuleNames(IDebugSymbols5 *This, ULONG Index,
							ULONG64 Base, PSTR ImageNameBuffer,
							ULONG ImageNameBufferSize,
							PULONG ImageNameSize,
							PSTR ModuleNameBuffer,
							ULONG ModuleNameBufferSize,
							PULONG ModuleNameSize,
							PSTR LoadedImageNameBuffer,
							ULONG LoadedImageNameBufferSize,
							PULONG LoadedImageNameSize)
{
	struct dbgeng_module m;
	HRESULT hr = dbgeng__module_get(SYMBOLS(This), Index, Base, &m), cut = S_OK;

	if (FAILED(hr))
		return hr;
	hr = dbgeng__string_out(m.image, ImageNameBuffer, ImageNameBufferSize, ImageNameSize, 1);
	if (hr == S_FALSE)
		cut = S_FALSE;
	hr = dbgeng__string_out(m.name, ModuleNameBuffer, ModuleNameBufferSize, ModuleNameSize, 1);
	if (hr == S_FALSE)
		cut = S_FALSE;
	hr = dbgeng__string_out(m.image, LoadedImageNameBuffer, LoadedImageNameBufferSize,
				LoadedImageNameSize, 1);
	if (FAILED(hr))
		return hr;
	return hr == S_FALSE ? S_FALSE : cut;
}

static void module_parameters(const struct dbgeng_module *m, bool kernel,
			      PDEBUG_MODULE_PARAMETERS p)
{
	memset(p, 0, sizeof(*p));
	p->Base = m->base;
	p->Size = m->size > UINT32_MAX ? UINT32_MAX : (ULONG)m->size;
	p->Flags = kernel ? DEBUG_MODULE_LOADED : DEBUG_MODULE_USER_MODE;
	/* The symbols are the image's own tables, as exports are on Windows. */
	p->SymbolType = DEBUG_SYMTYPE_EXPORT;
	p->ImageNameSize = (ULONG)strlen(m->image) + 1;
	p->ModuleNameSize = (ULONG)strlen(m->name) + 1;
	p->LoadedImageNameSize = p->ImageNameSize;
	p->SymbolFileNameSize = p->ImageNameSize;
	p->MappedImageNameSize = p->ImageNameSize;
}

/*
 * By @Bases, or @Count modules from index @Start when it is NULL.  A base
 * that is no module's gets DEBUG_INVALID_OFFSET, and the call is still
 * S_OK, as Microsoft documents and dbgeng answers (Wine's tests check it).
 */
static HRESULT STDMETHODCALLTYPE symbols_GetModuleParameters(IDebugSymbols5 *This, ULONG Count,
							     PULONG64 Bases, ULONG Start,
							     PDEBUG_MODULE_PARAMETERS Params)
{
	struct dbgeng_engine *e = SYMBOLS(This);
	bool kernel = dbgeng__engine_debuggee(e, NULL) == DBGENG_KERNEL;
	struct dbgeng_module m;
	HRESULT one;
	ULONG i;

	if (!Params)
		return E_POINTER;
	for (i = 0; i < Count; i++) {
		one = Bases ? dbgeng__module_get(e, DEBUG_ANY_ID, Bases[i], &m) :
			      dbgeng__module_get(e, Start + i, 0, &m);
		if (one == E_INVALIDARG && Bases) {
			memset(&Params[i], 0, sizeof(Params[i]));
			Params[i].Base = DEBUG_INVALID_OFFSET;
			continue;
		}
		if (FAILED(one))
			return one;
		module_parameters(&m, kernel, &Params[i]);
	}
	return S_OK;
}

/* Any module, or all of them: a new snapshot of the modules and their symbols. */
static HRESULT reload(IDebugSymbols5 *This)
{
	HRESULT hr = dbgeng__modules_reload(SYMBOLS(This));

	if (SUCCEEDED(hr))
		dbgeng__event_symbol_state(SYMBOLS(This), DEBUG_CSS_LOADS | DEBUG_CSS_UNLOADS, 0);
	return hr;
}

static HRESULT STDMETHODCALLTYPE symbols_Reload(IDebugSymbols5 *This, PCSTR Module)
{
	(void)Module;
	return reload(This);
}

static HRESULT STDMETHODCALLTYPE symbols_ReloadWide(IDebugSymbols5 *This, PCWSTR Module)
{
	(void)Module;
	return reload(This);
}

/* ---- types (the kernel's, from BTF) ------------------------------------ */

static HRESULT STDMETHODCALLTYPE symbols_GetTypeId(IDebugSymbols5 *This, ULONG64 Module,
						   PCSTR Name, PULONG TypeId)
{
	if (!Name || !TypeId)
		return E_POINTER;
	return dbgeng__type_id(SYMBOLS(This), Module, Name, TypeId);
}

static HRESULT STDMETHODCALLTYPE symbols_GetTypeIdWide(IDebugSymbols5 *This, ULONG64 Module,
						       PCWSTR Name, PULONG TypeId)
{
	return WITH_UTF8(Name, s, symbols_GetTypeId(This, Module, s, TypeId));
}

static HRESULT STDMETHODCALLTYPE symbols_GetTypeSize(IDebugSymbols5 *This, ULONG64 Module,
						     ULONG TypeId, PULONG Size)
{
	if (!Size)
		return E_POINTER;
	return dbgeng__type_size(SYMBOLS(This), Module, TypeId, Size);
}

static HRESULT type_name(IDebugSymbols5 *This, ULONG64 Module, ULONG TypeId, void *buf,
			 ULONG size, PULONG needed, unsigned int unit)
{
	return NAME_OUT(name, dbgeng__type_name(SYMBOLS(This), Module, TypeId, name,
						NAME_MAX_LEN), buf, size, needed, unit);
}

static HRESULT STDMETHODCALLTYPE symbols_GetTypeName(IDebugSymbols5 *This, ULONG64 Module,
						     ULONG TypeId, PSTR NameBuffer,
						     ULONG NameBufferSize, PULONG NameSize)
{
	return type_name(This, Module, TypeId, NameBuffer, NameBufferSize, NameSize, 1);
}

static HRESULT STDMETHODCALLTYPE symbols_GetTypeNameWide(IDebugSymbols5 *This, ULONG64 Module,
							 ULONG TypeId, PWSTR NameBuffer,
							 ULONG NameBufferSize, PULONG NameSize)
{
	return type_name(This, Module, TypeId, NameBuffer, NameBufferSize, NameSize, 2);
}

static HRESULT STDMETHODCALLTYPE symbols_GetFieldTypeAndOffset(IDebugSymbols5 *This,
							       ULONG64 Module,
							       ULONG ContainerTypeId,
							       PCSTR Field,
							       PULONG FieldTypeId,
							       PULONG Offset)
{
	if (!Field)
		return E_POINTER;
	return dbgeng__type_field(SYMBOLS(This), Module, ContainerTypeId, Field, FieldTypeId,
				  Offset);
}

static HRESULT STDMETHODCALLTYPE symbols_GetFieldTypeAndOffsetWide(IDebugSymbols5 *This,
								   ULONG64 Module,
								   ULONG ContainerTypeId,
								   PCWSTR Field,
								   PULONG FieldTypeId,
								   PULONG Offset)
{
	return WITH_UTF8(Field, s, symbols_GetFieldTypeAndOffset(This, Module, ContainerTypeId,
								 s, FieldTypeId, Offset));
}

static HRESULT STDMETHODCALLTYPE symbols_GetFieldOffset(IDebugSymbols5 *This, ULONG64 Module,
							ULONG TypeId, PCSTR Field,
							PULONG Offset)
{
	if (!Offset)
		return E_POINTER;
	return symbols_GetFieldTypeAndOffset(This, Module, TypeId, Field, NULL, Offset);
}

static HRESULT STDMETHODCALLTYPE symbols_GetFieldOffsetWide(IDebugSymbols5 *This,
							    ULONG64 Module, ULONG TypeId,
							    PCWSTR Field, PULONG Offset)
{
	return WITH_UTF8(Field, s, symbols_GetFieldOffset(This, Module, TypeId, s, Offset));
}

/* Every slot from the generated E_NOTIMPL stubs, then what is implemented. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverride-init"
const IDebugSymbols5Vtbl dbgeng__symbols_vtbl = {
	DBGENG_STUBS_IDebugSymbols5,
	.QueryInterface = symbols_QueryInterface,
	.AddRef = symbols_AddRef,
	.Release = symbols_Release,
	.GetSymbolOptions = symbols_GetSymbolOptions,
	.AddSymbolOptions = symbols_AddSymbolOptions,
	.RemoveSymbolOptions = symbols_RemoveSymbolOptions,
	.SetSymbolOptions = symbols_SetSymbolOptions,
	.GetNameByOffset = symbols_GetNameByOffset,
	.GetOffsetByName = symbols_GetOffsetByName,
	.GetNumberModules = symbols_GetNumberModules,
	.GetModuleByIndex = symbols_GetModuleByIndex,
	.GetModuleByModuleName = symbols_GetModuleByModuleName,
	.GetModuleByOffset = symbols_GetModuleByOffset,
	.GetModuleNames = symbols_GetModuleNames,
	.GetModuleParameters = symbols_GetModuleParameters,
	.GetSymbolModule = symbols_GetSymbolModule,
	.GetTypeName = symbols_GetTypeName,
	.GetTypeId = symbols_GetTypeId,
	.GetTypeSize = symbols_GetTypeSize,
	.GetFieldOffset = symbols_GetFieldOffset,
	.Reload = symbols_Reload,
	.GetModuleNameString = symbols_GetModuleNameString,
	.GetNameByOffsetWide = symbols_GetNameByOffsetWide,
	.GetNameByInlineContext = symbols_GetNameByInlineContext,
	.GetNameByInlineContextWide = symbols_GetNameByInlineContextWide,
	.GetOffsetByNameWide = symbols_GetOffsetByNameWide,
	.GetSymbolModuleWide = symbols_GetSymbolModuleWide,
	.GetTypeNameWide = symbols_GetTypeNameWide,
	.GetTypeIdWide = symbols_GetTypeIdWide,
	.GetFieldOffsetWide = symbols_GetFieldOffsetWide,
	.ReloadWide = symbols_ReloadWide,
	.GetModuleNameStringWide = symbols_GetModuleNameStringWide,
	.GetModuleByModuleNameWide = symbols_GetModuleByModuleNameWide,
	.GetModuleByModuleName2 = symbols_GetModuleByModuleName2,
	.GetModuleByModuleName2Wide = symbols_GetModuleByModuleName2Wide,
	.GetModuleByOffset2 = symbols_GetModuleByOffset2,
	.GetFieldTypeAndOffset = symbols_GetFieldTypeAndOffset,
	.GetFieldTypeAndOffsetWide = symbols_GetFieldTypeAndOffsetWide,
};
#pragma GCC diagnostic pop
