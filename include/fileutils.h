/* subpy: locale encoding of file names and command-line arguments. */
#ifndef Py_FILEUTILS_H
#define Py_FILEUTILS_H
#ifdef __cplusplus
extern "C" {
#endif

/* Decodes with the locale encoding; an undecodable byte b becomes the lone
 * surrogate U+DC00+b (surrogateescape). The result is PyMem_RawMalloc'd;
 * *size (if not NULL) receives its length in wide characters, or
 * (size_t)-1 when memory ran out. Usable before initialization. */
PyAPI_FUNC(wchar_t *) Py_DecodeLocale(const char *arg, size_t *size);
/* The reverse: U+DC80..U+DCFF become the bytes 0x80..0xFF. The result is
 * PyMem_Malloc'd; NULL on failure, with *error_pos (if not NULL) the index
 * of the character that cannot be encoded, or (size_t)-1 when memory ran
 * out. */
PyAPI_FUNC(char *) Py_EncodeLocale(const wchar_t *text, size_t *error_pos);

#ifdef __cplusplus
}
#endif
#endif
