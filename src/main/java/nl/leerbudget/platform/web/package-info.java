/** Web conventions every module's REST resources follow: RFC 9457 problems, strict request reading, paging. */
@NullMarked
@NamedInterface("web")
package nl.leerbudget.platform.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
