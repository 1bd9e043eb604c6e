# FindMeCab: libmecab ships no CMake config and no .pc file on Debian, only
# mecab-config (whose --dicdir is wrong there), so we look for the header and
# library directly. Defines MeCab::MeCab and MECAB_DICT_INDEX (mecab-utils).
find_path(MeCab_INCLUDE_DIR mecab.h)
find_library(MeCab_LIBRARY mecab)
find_program(MeCab_DICT_INDEX mecab-dict-index PATHS /usr/lib/mecab /usr/libexec/mecab NO_DEFAULT_PATH)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(MeCab REQUIRED_VARS MeCab_LIBRARY MeCab_INCLUDE_DIR)
if(MeCab_FOUND AND NOT TARGET MeCab::MeCab)
  add_library(MeCab::MeCab UNKNOWN IMPORTED)
  set_target_properties(MeCab::MeCab PROPERTIES
    IMPORTED_LOCATION "${MeCab_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${MeCab_INCLUDE_DIR}")
endif()
mark_as_advanced(MeCab_INCLUDE_DIR MeCab_LIBRARY MeCab_DICT_INDEX)
