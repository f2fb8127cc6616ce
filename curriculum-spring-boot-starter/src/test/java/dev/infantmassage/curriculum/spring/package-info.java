@NullMarked
package dev.infantmassage.curriculum.spring;

import org.jspecify.annotations.NullMarked;
